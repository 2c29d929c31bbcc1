import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { Withheld } from "../../../components/Withheld";
import type { GraphQLErrorEntry } from "../../../graphql/executeOperation";
import { UnmaskedIdentityCodeDocument } from "../../../graphql/operations.generated";
import { useOperationQuery } from "../../../graphql/useOperation";

/**
 * The identity code, masked (`020516A****`). Showing it whole is a separate, deliberate read that the
 * access log records as its own entry, so the user is told before they ask.
 */
export function IdentityCode({
  clientId,
  masked,
  errors,
}: {
  clientId: string;
  masked: string | null;
  errors: readonly GraphQLErrorEntry[];
}) {
  const { t } = useTranslation();
  const [unmask, setUnmask] = useState(false);
  const unmasked = useOperationQuery(UnmaskedIdentityCodeDocument, { clientId }, { purpose: "identity_check", enabled: unmask });
  const full = unmasked.data?.data.client?.identityCode;
  return (
    <>
      <Withheld
        value={full ?? masked}
        errors={unmask && unmasked.data ? unmasked.data.errors : errors}
        path={["client", "identityCode"]}
      />
      {masked && !unmask && (
        <>
          {" "}
          <button type="button" className="secondary" onClick={() => setUnmask(true)} aria-describedby="unmask-logged">
            {t("client.unmask")}
          </button>
          <span id="unmask-logged" className="hint">
            {" "}
            {t("client.unmaskLogged")}
          </span>
        </>
      )}
      {unmask && unmasked.isPending && <span role="status"> {t("app.loading")}</span>}
      {unmasked.isError && <ErrorNotice code={unmasked.error.code} />}
    </>
  );
}
