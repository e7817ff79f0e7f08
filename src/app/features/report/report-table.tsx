export type ReportTableProps = { header: string[] | null; rows: string[][] };

/** An empty first cell continues the group of the row above: that group's cell spans its rows. */
export function groupRows(rows: readonly string[][]): { cells: string[]; span: number | null }[] {
  const out: { cells: string[]; span: number | null }[] = [];
  let groupStart = -1;
  rows.forEach((row, index) => {
    if (row[0] === '' && groupStart !== -1) {
      const start = out[groupStart];
      if (start && start.span !== null) start.span++;
      out.push({ cells: row.slice(1), span: null });
    } else {
      groupStart = index;
      out.push({ cells: row, span: 1 });
    }
  });
  return out;
}

export function ReportTable({ header, rows }: ReportTableProps) {
  const grouped = groupRows(rows);
  return (
    <div className="my-4 overflow-x-auto">
      <table className="report-table">
        {header ? (
          <thead>
            <tr>
              {header.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {grouped.map((row, i) => (
            <tr key={i}>
              {row.cells.map((cell, j) =>
                j === 0 && row.span !== null ? (
                  <th key={j} scope="rowgroup" rowSpan={row.span > 1 ? row.span : undefined}>
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
