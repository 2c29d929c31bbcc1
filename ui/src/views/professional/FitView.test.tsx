import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { fakeGateway, renderView } from "../../../test/renderApp";
import { todayInFinland } from "../../components/today";
import FitView from "./FitView";

const clientId = "0d000000-0000-4000-8000-000000000001";
const episodeId = "1a000000-0000-4000-8000-000000000001";
const configuration = {
  version: 1,
  adultCutoff: 25,
  adolescentCutoff: 25,
  childCutoff: 32,
  reliableChangeOrs: 5,
  reliableChangeCors: 10,
  reliableChangeYcors: 10,
  srsAlertBelow: 36,
};
const point = (session: number, instrument: "ORS" | "SRS", total: number, extra: object = {}) => ({
  measurementId: `${instrument}-${session}`,
  sessionId: `s${session}`,
  episodeId,
  date: `2026-1${session}-01`,
  instrument,
  rater: "CLIENT",
  total,
  cutoff: instrument === "ORS" ? 25 : 36,
  clinical: null,
  changeFromIntake: null,
  reliableChange: null,
  alert: null,
  ...extra,
});

function clientFit(sessions: number, birthDate: string | null = null) {
  const outcome = [point(0, "ORS", 18.4), point(1, "ORS", 23.9, { changeFromIntake: 5.5, reliableChange: "IMPROVED" })];
  const sessionRating = [point(0, "SRS", 35.2, { alert: true }), point(1, "SRS", 37.5, { alert: false })];
  if (sessions === 3) {
    outcome.push(point(2, "ORS", 26.0, { changeFromIntake: 7.6, reliableChange: "IMPROVED" }));
    sessionRating.push(point(2, "SRS", 38.1, { alert: false }));
  }
  return {
    data: {
      client: {
        id: clientId,
        firstName: "Aino",
        lastName: "Virtanen",
        birthDate,
        fitEpisodes: {
          edges: [
            {
              node: {
                id: episodeId,
                kind: "INDIVIDUAL",
                startedOn: "2026-09-01",
                endedOn: null,
                closure: null,
                owner: { id: "sw", firstName: "Sari", lastName: "Laine" },
              },
            },
          ],
        },
        fitSeries: { outcome, sessionRating },
      },
      fitConfiguration: configuration,
    },
  };
}

async function fillScores(values: string[]) {
  const boxes = [
    ...within(screen.getByRole("group", { name: "Alussa: vointi (ORS)" })).getAllByRole("textbox"),
    ...within(screen.getByRole("group", { name: "Lopussa: istunnon arvio (SRS)" })).getAllByRole("textbox"),
  ];
  for (const [index, box] of boxes.entries()) {
    await userEvent.clear(box);
    if (values[index]) await userEvent.type(box, values[index]);
  }
}

describe("the FIT view", () => {
  it("records a session's ORS and SRS and the graph gains the point", async () => {
    let sessions = 2;
    const requests = fakeGateway({
      ClientFit: () => clientFit(sessions),
      RecordFitSession: (variables) => {
        sessions = 3;
        return {
          data: { recordFitSession: { id: (variables["input"] as { id: string }).id, heldOn: "2026-12-01", measurements: [] } },
        };
      },
    });
    renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    const table = await screen.findByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(3); // header and two sessions
    expect(screen.getByText(/muutos alusta 5.5 pistettä: luotettava parannus/)).toBeInTheDocument();
    await fillScores(["6,5", "6", "7", "6.5", "9.5", "9", "9.6", "9.5"]);
    await userEvent.click(screen.getByRole("button", { name: "Tallenna istunto" }));
    expect(await screen.findByText("Istunto kirjattu: kuvaaja on päivitetty.")).toBeInTheDocument();
    const recorded = requests.find((request) => request.operationName === "RecordFitSession")!;
    expect(recorded.variables["input"]).toMatchObject({
      episodeId,
      mode: "FACE_TO_FACE",
      measurements: [
        { instrument: "ORS", items: [6.5, 6, 7, 6.5] },
        { instrument: "SRS", items: [9.5, 9, 9.6, 9.5] },
      ],
    });
    expect(recorded.variables["input"]).toHaveProperty("id", expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(await within(screen.getByRole("table")).findAllByRole("row")).toHaveLength(4);
  });

  it("says per field what is wrong with a score, and sends nothing", async () => {
    const requests = fakeGateway({ ClientFit: () => clientFit(2) });
    renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    await screen.findByRole("table");
    await fillScores(["11", "6.55", "", "x", "9", "9", "9", "9"]);
    await userEvent.click(screen.getByRole("button", { name: "Tallenna istunto" }));
    expect(screen.getByRole("textbox", { name: "Yksilöllisesti" })).toHaveAccessibleDescription(
      "Arvo on sallitun alueen ulkopuolella.",
    );
    expect(screen.getByRole("textbox", { name: "Ihmissuhteet" })).toHaveAccessibleDescription("Enintään yksi desimaali.");
    expect(screen.getByRole("textbox", { name: "Sosiaalisesti" })).toHaveAccessibleDescription("Pakollinen tieto.");
    expect(screen.getByRole("textbox", { name: "Sosiaalisesti" })).toHaveAttribute("aria-invalid", "true");
    expect(requests.map((request) => request.operationName)).toEqual(["ClientFit"]);
  });

  it("shows the hub's refusal of a score at its field", async () => {
    fakeGateway({
      ClientFit: () => clientFit(2),
      RecordFitSession: () => ({
        data: null,
        errors: [
          {
            message: "items out of range",
            extensions: { code: "BAD_USER_INPUT", field: "input.measurements.1.items.2", rule: "range" },
          },
        ],
      }),
    });
    renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    await screen.findByRole("table");
    await fillScores(["5", "5", "5", "5", "9", "9", "9", "9"]);
    await userEvent.click(screen.getByRole("button", { name: "Tallenna istunto" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Tarkista syötetyt tiedot.");
    const srs = within(screen.getByRole("group", { name: "Lopussa: istunnon arvio (SRS)" }));
    expect(srs.getByRole("textbox", { name: "Lähestymistapa" })).toHaveAccessibleDescription(
      "Arvo on sallitun alueen ulkopuolella.",
    );
  });

  it("says FIT data is not shown, and why, when it is refused", async () => {
    fakeGateway({
      ClientFit: () => ({
        data: {
          client: { id: clientId, firstName: "Aino", lastName: "Virtanen", fitEpisodes: null, fitSeries: null },
          fitConfiguration: configuration,
        },
        errors: [
          { message: "no", path: ["client", "fitEpisodes"], extensions: { code: "FORBIDDEN", reason: "no_consent" } },
          { message: "no", path: ["client", "fitSeries"], extensions: { code: "FORBIDDEN", reason: "no_consent" } },
        ],
      }),
    });
    renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    expect(await screen.findAllByText("ei näytetä: ei suostumusta")).toHaveLength(2);
  });

  it("has no accessibility violations axe can find", async () => {
    fakeGateway({ ClientFit: () => clientFit(2) });
    const { container } = renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    await screen.findByRole("table");
    expect(await axe(container)).toHaveNoViolations();
  });
});

/** A day `years` years and `days` days before today (in Finland), ISO: a birth date of a known age. */
function before(years: number, days = 0): string {
  const [y, m, d] = todayInFinland().split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y - years, m - 1, d - days)).toISOString().slice(0, 10);
}

/** The instruments each of the form's two selects offers, and the one chosen. */
function instrumentChoices() {
  const select = (group: string) =>
    within(screen.getByRole("group", { name: group })).getByRole<HTMLSelectElement>("combobox", { name: "Mittari" });
  const choices = (element: HTMLSelectElement) => ({
    offered: [...element.options].map((option) => option.value),
    chosen: element.value,
  });
  return {
    outcome: choices(select("Alussa: vointi (ORS)")),
    rating: choices(select("Lopussa: istunnon arvio (SRS)")),
  };
}

describe("the FIT session form's instruments, by the client's age (the hub's rule)", () => {
  it.each([
    ["a 10-year-old", before(10, 30), { offered: ["CORS"], chosen: "CORS" }, { offered: ["CSRS"], chosen: "CSRS" }],
    ["a 4-year-old", before(4, 30), { offered: ["YCORS"], chosen: "YCORS" }, { offered: ["YCSRS"], chosen: "YCSRS" }],
    ["a 30-year-old", before(30, 30), { offered: ["ORS"], chosen: "ORS" }, { offered: ["SRS"], chosen: "SRS" }],
    [
      "a client whose birth date is not known or not shown",
      null,
      { offered: ["ORS", "CORS", "YCORS"], chosen: "ORS" },
      { offered: ["SRS", "CSRS", "YCSRS"], chosen: "SRS" },
    ],
  ])("offers %s only what the hub accepts, and chooses it", async (_who, birthDate, outcome, rating) => {
    fakeGateway({ ClientFit: () => clientFit(2, birthDate) });
    renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    await screen.findByRole("table");
    expect(instrumentChoices()).toEqual({ outcome, rating });
  });

  it("sends a 10-year-old's session as CORS and CSRS without the worker choosing", async () => {
    const requests = fakeGateway({
      ClientFit: () => clientFit(2, before(10, 30)),
      RecordFitSession: (variables) => ({
        data: { recordFitSession: { id: (variables["input"] as { id: string }).id, heldOn: "2026-12-01", measurements: [] } },
      }),
    });
    renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    await screen.findByRole("table");
    expect(screen.getByText("Mittarit asiakkaan iän mukaan (istuntopäivänä 10 v).")).toBeInTheDocument();
    await fillScores(["6", "6", "6", "6", "9", "9", "9", "9"]);
    await userEvent.click(screen.getByRole("button", { name: "Tallenna istunto" }));
    await screen.findByText("Istunto kirjattu: kuvaaja on päivitetty.");
    const recorded = requests.find((request) => request.operationName === "RecordFitSession")!;
    expect(recorded.variables["input"]).toMatchObject({
      measurements: [{ instrument: "CORS" }, { instrument: "CSRS" }],
    });
  });

  it("offers every instrument when the worker asks for another one, and sends the reason with the one outside the age", async () => {
    const requests = fakeGateway({
      ClientFit: () => clientFit(2, before(12, 30)),
      RecordFitSession: (variables) => ({
        data: { recordFitSession: { id: (variables["input"] as { id: string }).id, heldOn: "2026-12-01", measurements: [] } },
      }),
    });
    renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    await screen.findByRole("table");
    await userEvent.click(screen.getByRole("checkbox", { name: "Käytä mittaria, joka ei ole asiakkaan iälle" }));
    expect(instrumentChoices().outcome).toEqual({ offered: ["ORS", "CORS", "YCORS"], chosen: "CORS" });
    const outcomeSelect = within(screen.getByRole("group", { name: "Alussa: vointi (ORS)" })).getByRole("combobox", {
      name: "Mittari",
    });
    await userEvent.selectOptions(outcomeSelect, "ORS");
    await fillScores(["6", "6", "6", "6", "9", "9", "9", "9"]);
    await userEvent.click(screen.getByRole("button", { name: "Tallenna istunto" }));
    expect(screen.getByLabelText("Miksi tämä mittari")).toHaveAccessibleDescription(/Pakollinen tieto\./);
    expect(requests.some((request) => request.operationName === "RecordFitSession")).toBe(false);
    await userEvent.type(screen.getByLabelText("Miksi tämä mittari"), "Reads the adult ORS well");
    await userEvent.click(screen.getByRole("button", { name: "Tallenna istunto" }));
    await screen.findByText("Istunto kirjattu: kuvaaja on päivitetty.");
    const recorded = requests.find((request) => request.operationName === "RecordFitSession")!;
    expect((recorded.variables["input"] as { measurements: unknown[] }).measurements).toEqual([
      expect.objectContaining({ instrument: "ORS", instrumentReason: "Reads the adult ORS well" }),
      expect.not.objectContaining({ instrumentReason: expect.anything() }),
    ]);
  });

  it("counts the age on the session's day: a session before the 13th birthday takes CORS, after it ORS", async () => {
    // Thirteen three days ago: twelve on a session ten days back.
    fakeGateway({ ClientFit: () => clientFit(2, before(13, 3)) });
    renderView(<FitView />, { path: `/clients/${clientId}/fit`, route: "/clients/:clientId/fit" });
    await screen.findByRole("table");
    expect(instrumentChoices().outcome).toEqual({ offered: ["ORS"], chosen: "ORS" });
    fireEvent.change(screen.getByLabelText("Istunnon päivä"), { target: { value: before(0, 10) } });
    expect(instrumentChoices()).toEqual({
      outcome: { offered: ["CORS"], chosen: "CORS" },
      rating: { offered: ["CSRS"], chosen: "CSRS" },
    });
  });
});
