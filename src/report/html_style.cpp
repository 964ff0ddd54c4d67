// The HTML report's style sheet, for screen and for print on A4. Every text colour meets WCAG AA
// (at least 4.5:1) on every background the sheet sets: tests/html/test_contrast.py checks it.
// Printed, a table is kept whole with its heading where it fits a page, its Total row is its
// last body row (never a repeated footer), and the chart's text is at least 9 pt.
#include "report/html.hpp"

namespace mhfund {
inline namespace v1 {
namespace report {

const char* const page_style = R"(
:root { color-scheme: light; }
body { font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif;
  color: #1d2733; background: #f4f6f8; margin: 0; line-height: 1.45; }
main { max-width: 1080px; margin: 0 auto; padding: 28px 32px 40px; background: #ffffff;
  box-shadow: 0 0 0 1px #dde3ea; }
header { border-bottom: 4px solid #0072B2; padding-bottom: 12px; margin-bottom: 20px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 30px 0 10px; color: #0b3d62; }
.meta { color: #4a5866; margin: 2px 0; font-size: 14px; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0 6px; padding: 0;
  list-style: none; }
.figures li { flex: 1 1 150px; border: 1px solid #dde3ea; border-radius: 6px;
  padding: 10px 14px; background: #fafbfc; border-top: 4px solid var(--c, #1d2733); }
.figures .label { display: block; font-size: 13px; color: #4a5866; }
.figures .value { display: block; font-size: 21px; font-weight: bold;
  font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 6px 0 4px; font-size: 14px;
  font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: bold; padding: 4px 0 8px; color: #33414f; }
th, td { padding: 6px 12px; border-bottom: 1px solid #e3e8ee; }
thead th { background: #eef2f6; border-bottom: 2px solid #b9c4cf; text-align: right;
  white-space: nowrap; }
thead th:first-child, tbody th { text-align: left; }
td { text-align: right; white-space: nowrap; }
td.none { color: #5b6673; }
td.total, th.total { font-weight: bold; background: #f6f8fa; }
tr.sum th, tr.sum td { font-weight: bold; border-top: 2px solid #b9c4cf; border-bottom: none; }
td.grand { background: #e4eef7; }
table.list td, table.list th { text-align: left; white-space: normal; }
.chart { display: block; width: 100%; height: auto; }
.chart text { fill: #33414f; }
.chart .title { font-weight: bold; }
.chart .sub { fill: #4a5866; font-size: 12px; }
.chart .narrow { font-size: 12px; }
.chart .bar-total { font-size: 12px; font-weight: bold; }
.chart .key { font-weight: bold; }
.chart line.grid { stroke: #e3e8ee; }
.chart line.base { stroke: #4a5866; stroke-width: 1.5; }
.chart .bars rect { stroke: #ffffff; stroke-width: 1; }
ul.items { padding-left: 20px; }
ul.items li { margin: 4px 0; }
.empty { color: #4a5866; font-style: italic; }
details { margin-top: 10px; }
summary { cursor: pointer; color: #0b3d62; }
.count { font-weight: bold; }
.more { color: #4a5866; }
.print-only { display: none; }
footer { margin-top: 34px; font-size: 12px; color: #4a5866; border-top: 1px solid #dde3ea;
  padding-top: 10px; }
footer ul { margin: 4px 0; padding-left: 18px; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { background: #ffffff; font-size: 10pt; }
  main { box-shadow: none; max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 18px; }
  caption, section > p { break-after: avoid; }
  section.keep, .keep table { break-inside: avoid; page-break-inside: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
  table { font-size: 9.5pt; }
  th, td { padding: 3px 7px; }
  .chart { break-inside: avoid; }
  .chart text { font-size: 18px; }
  .chart .sub, .chart .narrow, .chart .title { font-size: 18px; }
  .chart .bar-total { display: none; }
  details.screen-only { display: none; }
  .print-only { display: block; }
  footer { break-inside: avoid; }
}
)";

}  // namespace report
}  // namespace v1
}  // namespace mhfund
