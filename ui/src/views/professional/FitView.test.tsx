import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { fakeGateway, renderView } from "../../../test/renderApp";
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

function clientFit(sessions: number) {
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
