import { karttaMessages } from "../../views/client/karttaMessages";
import { managerMessages } from "../../views/manager/managerMessages";
/**
 * Finnish, the app's first language and the shape of every catalogue: sv.ts and en.ts are typed
 * against it, so a missing text fails the type check.
 */
export const fi = {
  app: {
    name: "Silta",
    skipToContent: "Siirry sisältöön",
    mainNavigation: "Päävalikko",
    language: "Kieli",
    signedInAs: "Kirjautunut: {{name}}",
    signOut: "Kirjaudu ulos",
    loading: "Ladataan…",
    notFound: "Sivua ei löytynyt.",
    backToStart: "Etusivulle",
  },
  nav: {
    caseload: "Asiakkaani",
    client: "Asiakas",
  },
  caseload: {
    title: "Asiakkaani",
    dueConcerns: "Huolet, joihin on reagoitava",
    noDueConcerns: "Ei myöhässä olevia tai pian erääntyviä huolia.",
    urgency: { overdue: "Myöhässä", today: "Tänään", soon: "Pian" },
    deadline: "Reagoitava viimeistään {{date}}",
    daysLeft_one: "{{count}} päivä jäljellä",
    daysLeft_other: "{{count}} päivää jäljellä",
    family: "Perhe",
    myClients: "Asiakkaat, joiden kanssa työskentelen",
    noClients: "Sinulla ei ole asiakkaita.",
    responsibleWorker: "Vastuutyöntekijä",
    withoutResponsibleWorker: "Asiakkaat ilman vastuutyöntekijää",
    noneWithoutResponsibleWorker: "Kaikilla tiimien asiakkailla on vastuutyöntekijä.",
  },
  signIn: {
    title: "Kirjaudu Siltaan",
    developmentUsers: "Kehityskäytön demokäyttäjät",
    developmentHint: "Paikallinen hubi tarjoaa demokäyttäjien kehitystunnukset. Valitse, kenenä toimit.",
    signInAs: "Kirjaudu: {{user}}",
    noDevelopmentUsers: "Kirjautumista ei ole määritetty: demokäyttäjiä ei ole tarjolla.",
    tokenLabel: "Tunniste (JWT)",
    tokenSubmit: "Kirjaudu tunnisteella",
    tokenInvalid: "Tunniste ei ole kelvollinen JWT, jossa on käyttäjä (sub).",
    provider: "Kirjaudu organisaation tunnuksilla",
    withProvider: "Kirjaudu sisään",
    completing: "Kirjaudutaan…",
    failedTitle: "Kirjautuminen ei onnistunut",
    failed: "Kirjautuminen ei onnistunut ({{code}}).",
    again: "Yritä uudelleen",
  },
  errors: {
    BAD_USER_INPUT: "Tarkista syötetyt tiedot.",
    UNAUTHENTICATED: "Kirjautuminen on vanhentunut. Kirjaudu uudelleen.",
    FORBIDDEN: "Sinulla ei ole oikeutta tähän.",
    NOT_FOUND: "Tietoa ei löytynyt tai se ei näy sinulle.",
    CONFLICT: "Tieto on muuttunut välillä. Lataa sivu ja yritä uudelleen.",
    SERVICE_UNAVAILABLE: "Palvelu ei juuri nyt vastaa. Yritä hetken päästä uudelleen.",
    ACCESS_DECISION_UNAVAILABLE:
      "Käyttöoikeutta ei voitu juuri nyt tarkistaa, joten tietoja ei näytetä. Yritä hetken päästä uudelleen.",
    INTERNAL_SERVER_ERROR: "Odottamaton virhe. Yritä uudelleen; jos virhe toistuu, ota yhteys tukeen.",
    RATE_LIMITED: "Liian monta pyyntöä. Odota hetki.",
    NETWORK_ERROR: "Yhteys palvelimeen ei onnistunut.",
    OPERATION_LIMIT: "Kysely oli liian laaja.",
    unknown: "Virhe: {{code}}",
  },
  notShown: {
    prefix: "ei näytetä",
    no_consent: "ei näytetä: ei suostumusta",
    ban: "ei näytetä: asiakkaan kielto",
    no_client_relationship: "ei näytetä: ei asiakassuhdetta",
    not_own_organization: "ei näytetä: toisen organisaation tieto",
    not_own_data: "ei näytetä: ei omaa tietoa",
    aggregates_only: "ei näytetä: vain koostetiedot",
    scope_missing: "ei näytetä: oikeus puuttuu",
    team_member_only: "ei näytetä: vain tiimin jäsenille",
    outside_controller: "ei näytetä: rekisterinpitäjän ulkopuolella",
    decision_unavailable: "ei näytetä: oikeutta ei voitu tarkistaa",
    ACCESS_DECISION_UNAVAILABLE: "ei näytetä: oikeutta ei voitu tarkistaa",
    SERVICE_UNAVAILABLE: "ei näytetä: palvelu ei vastaa",
    other: "ei näytetä",
  },
  rules: {
    required: "Pakollinen tieto.",
    max_length: "Teksti on liian pitkä.",
    min_length: "Teksti on liian lyhyt.",
    max_items: "Liian monta valintaa.",
    range: "Arvo on sallitun alueen ulkopuolella.",
    not_found: "Valittua ei löytynyt.",
    uuid: "Tunniste ei ole kelvollinen.",
    date: "Päivämäärä ei ole kelvollinen.",
    future: "Päivämäärä ei voi olla tulevaisuudessa.",
    in_future: "Päivämäärä ei voi olla tulevaisuudessa.",
    not_in_past: "Päivämäärä ei voi olla menneisyydessä.",
    not_on_team: "Henkilö ei ole asiakkaan tiimissä.",
    not_self: "Et voi valita itseäsi.",
    one_subject: "Valitse joko asiakas tai perhe.",
    not_before_raised: "Päivä ei voi olla ennen huolen kirjaamista.",
    not_before_since: "Päättymispäivä ei voi olla ennen alkamispäivää.",
    other: "Tarkista tämä kenttä.",
  },
  /** Kartta, the client's and guardian's view (views/client). */
  kartta: karttaMessages.fi,
  /** The manager's FIT rollout dashboard and outcome report (views/manager). */
  manager: managerMessages.fi,
} as const;

type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
/** Every catalogue has exactly the Finnish one's keys. */
export type Messages = Catalogue<typeof fi>;
