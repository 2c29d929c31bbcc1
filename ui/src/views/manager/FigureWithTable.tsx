import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../components/TableScroll";

export interface TableColumn<Row> {
  header: string;
  cell(row: Row): ReactNode;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}

/**
 * A chart that can also be read as a table: the chart for the eye (hidden from screen readers,
 * which get the table), and the same figures as a table one click (or Enter) away. The table is the
 * source of truth: a test reads it.
 */
export function FigureWithTable<Row>({
  id,
  title,
  chart,
  columns,
  rows,
  rowKey,
}: {
  id: string;
  title: string;
  chart: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
}) {
  const { t } = useTranslation();
  return (
    <figure className="figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h2>{title}</h2>
      </figcaption>
      {rows.length === 0 ? (
        <p>{t("manager.noData")}</p>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            {chart}
          </div>
          <details className="as-table">
            <summary>{t("manager.showTable")}</summary>
            <TableScroll captionId={`${id}-table-caption`}>
              <table>
                <caption id={`${id}-table-caption`}>{title}</caption>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th key={column.header} scope="col" className={column.numeric ? "numeric" : undefined}>
                        {column.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={rowKey(row)}>
                      {columns.map((column) => (
                        <td key={column.header} className={column.numeric ? "numeric" : undefined}>
                          {column.cell(row)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
    </figure>
  );
}
