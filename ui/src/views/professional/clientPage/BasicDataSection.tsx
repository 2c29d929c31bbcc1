import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Section";
import { Withheld } from "../../../components/Withheld";
import { useFormatDate } from "../../../i18n/formatDate";
import { IdentityCode } from "./IdentityCode";
import type { SectionProps } from "./types";

/** Basic and contact data (categories basic and contact), each field as the rules allow. */
export function BasicDataSection({ client, errors }: SectionProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const at = (field: string) => ["client", field];
  const contactAt = (field: string) => ["client", "contact", field];
  return (
    <Section id="basic-data" title={t("client.basicData")} errors={errors} path={["client"]}>
      <dl className="facts">
        <dt>{t("client.birthDate")}</dt>
        <dd>
          <Withheld value={client.birthDate} errors={errors} path={at("birthDate")}>
            {formatDate}
          </Withheld>
        </dd>
        <dt>{t("client.identityCode")}</dt>
        <dd>
          {client.hasIdentityCode === false && !client.identityCode ? (
            <Withheld
              value={client.temporaryIdentifier}
              errors={errors}
              path={at("temporaryIdentifier")}
              empty={t("client.noIdentityCode")}
            />
          ) : (
            <IdentityCode clientId={client.id} masked={client.identityCode} errors={errors} />
          )}
        </dd>
        <dt>{t("client.language")}</dt>
        <dd>
          <Withheld value={client.language} errors={errors} path={at("language")} />
        </dd>
        <dt>{t("client.controller")}</dt>
        <dd>
          <Withheld value={client.controllerOrganization} errors={errors} path={at("controllerOrganization")}>
            {(organization) => organization.name}
          </Withheld>
        </dd>
        {client.hasNonDisclosureOrder && (
          <>
            <dt>{t("client.nonDisclosure")}</dt>
            <dd>{t("client.nonDisclosureOn")}</dd>
          </>
        )}
        <dt>{t("client.address")}</dt>
        <dd>
          <Withheld value={client.contact} errors={errors} path={at("contact")}>
            {(contact) =>
              [contact.streetAddress, [contact.postalCode, contact.postOffice].filter(Boolean).join(" ")]
                .filter(Boolean)
                .join(", ") || "–"
            }
          </Withheld>
        </dd>
        <dt>{t("client.phone")}</dt>
        <dd>
          <Withheld value={client.contact?.phone} errors={errors} path={contactAt("phone")} />
        </dd>
        <dt>{t("client.email")}</dt>
        <dd>
          <Withheld value={client.contact?.email} errors={errors} path={contactAt("email")} />
        </dd>
      </dl>
    </Section>
  );
}
