/**
 * The page's only stylesheet, inlined (no fonts or files are fetched). Colours are the
 * Okabe-Ito palette, safe for the common colour-vision deficiencies; every colour is paired
 * with a shape, a pattern or a word so the page also reads in grey print.
 */
export const CSS = `
:root{--ink:#1b1f24;--muted:#58606a;--line:#d6dae0;--paper:#fff;--wash:#f4f5f7;
--blue:#0072B2;--sky:#56B4E9;--orange:#E69F00;--verm:#D55E00;--purple:#CC79A7;--green:#009E73;--yellow:#F0E442}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:break-word;color:var(--ink);background:var(--paper);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",Arial,sans-serif}
main,header.top,nav.toc,footer{max-width:1120px;margin:0 auto;padding:0 16px}
header.top{padding-top:28px}
h1{font-size:clamp(1.5rem,4.5vw,2.3rem);line-height:1.15;margin:0 0 6px;letter-spacing:-.01em}
h2{font-size:1.45rem;margin:40px 0 12px;padding-top:8px;border-top:3px solid var(--ink)}
h3{font-size:1.05rem;margin:24px 0 8px}
p{margin:6px 0}
.sub{color:var(--muted);margin:0}
nav.toc ul{list-style:none;display:flex;flex-wrap:wrap;gap:6px 14px;margin:14px auto 0;padding:10px 0;border-bottom:1px solid var(--line)}
nav.toc a{color:var(--ink);font-weight:600;text-decoration:none;border-bottom:2px solid var(--sky)}
a{color:#005a8c}
a:focus-visible{outline:3px solid var(--orange);outline-offset:2px}
.note,.meta,.empty{color:var(--muted);font-size:.92rem}
.big-empty{font-size:1.1rem;padding:14px 16px;background:var(--wash);border-left:4px solid var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px;margin:8px 0 4px}
.card{min-width:0;overflow-wrap:anywhere;border:1px solid var(--line);border-top:6px solid var(--blue);border-radius:6px;padding:10px 14px;background:var(--paper)}
.card h3{margin:0 0 4px;font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.c-suc{border-top-color:var(--green)}.c-ext{border-top-color:var(--sky);border-top-style:dashed}
.card .big{font-size:1.35rem;font-weight:700;line-height:1.2;margin:2px 0 6px}
ul.plain{list-style:none;padding:0;margin:4px 0}ul.plain li{margin:4px 0}
ol.holders{padding-left:1.4em;margin:4px 0;overflow-wrap:anywhere}ol.holders li{margin:3px 0}
.when{color:var(--muted);font-variant-numeric:tabular-nums}
.status{display:inline-block;padding:0 8px;border-radius:999px;font-size:.85rem;font-weight:600;border:2px solid;max-width:100%;overflow-wrap:break-word}
.st-won{border-color:var(--green);background:#d9f2ea}.st-lead{border-color:var(--blue);background:#dcebf6}
.st-run{border-color:var(--orange);background:#fcefd2}.st-out{border-color:#8a9099;border-style:dashed;background:var(--wash);color:#3d434b}
table{width:100%;border-collapse:collapse;font-size:.95rem;margin:6px 0}
th{text-align:left;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border-bottom:2px solid var(--ink);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:7px 8px;vertical-align:top;overflow-wrap:anywhere}
.role,.said{color:var(--muted);font-size:.88rem}
ul.roles{margin:0;padding-left:1.1em}ul.roles li.former{color:var(--muted)}
.kind{display:inline-block;font-size:.72rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 4px;margin-left:4px}
.kind-anonymous{border-color:var(--verm);color:#8a3a00}
.src{display:inline-block;width:.8em;height:.8em;border-radius:50%;border:2px solid var(--ink);margin-right:5px;vertical-align:-1px}
.src.named{background:var(--ink)}.src.anon{background:var(--paper);border-style:dashed}
.cert{font-size:.85rem;font-weight:600}.cert-possible,.cert-uncertain{font-style:italic}
tr.group th{background:var(--wash);color:var(--ink);font-size:.95rem;text-transform:none;letter-spacing:0;border-bottom:1px solid var(--line);padding-top:10px}
.outlet{font-weight:600}
.cites{display:inline}
a.cite{display:inline-block;font-size:.75rem;font-variant-numeric:tabular-nums;color:#005a8c;background:#e6f1f8;border-radius:4px;padding:0 5px;margin:1px 2px;text-decoration:none;white-space:nowrap}
a.cite:hover{background:var(--sky);color:#000}
.more{font-size:.75rem;color:var(--muted)}
.docs{font-size:.8rem;color:var(--muted)}
ul.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;padding:0;margin:8px 0;font-size:.9rem}
svg.icon{width:24px;height:18px;vertical-align:-4px}
.tl-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:6px;margin:10px 0;-webkit-overflow-scrolling:touch}
.swipe{display:none;font-size:.85rem;color:var(--muted);text-align:center;margin:2px 0}
svg.defs{position:absolute;width:0;height:0}
svg .window{fill:var(--yellow);fill-opacity:.35;stroke:#8a7a00;stroke-dasharray:4 3}
svg.timeline{display:block;width:100%;min-width:720px;height:auto;font-family:inherit}
svg .band{fill:#fff}svg .band.odd{fill:var(--wash)}
svg .grid{stroke:var(--line);stroke-width:1}
svg .tick{font-size:12px;fill:var(--muted);text-anchor:middle}
svg .lane-label{font-size:13px;font-weight:600;text-anchor:end;fill:var(--ink)}
svg .in{fill:#fff;font-size:12px;font-weight:700;pointer-events:none}
svg .k-tenure,svg .open{fill:var(--blue);stroke:#fff;stroke-width:1.5}
svg .k-extension{fill:url(#hatch);stroke:var(--blue);stroke-width:1.5}
svg .k-candidacy{fill:var(--orange);stroke:#000;stroke-width:.8}svg rect.k-candidacy{stroke:none;opacity:.6}
svg .k-meeting{fill:var(--verm);stroke:#000;stroke-width:.8}
svg .k-deadline{fill:var(--purple);stroke:#000;stroke-width:.8}
svg .k-article{fill:var(--green)}
svg .k-event{fill:#000;fill-opacity:.6}
svg .vague{stroke:#000;stroke-opacity:.25;stroke-width:4;stroke-linecap:round}
svg a.ti{cursor:pointer}
svg a.ti:hover>:not(title),svg a.ti:focus-visible>:not(title){stroke:#000;stroke-width:2.5}
svg a.ti:focus{outline:none}
details>summary{cursor:pointer;font-weight:600;margin:10px 0 4px}
ol.tl-list,ol.evidence{list-style:none;padding:0;margin:4px 0}
ol.tl-list li{display:flex;flex-wrap:wrap;gap:2px 8px;align-items:baseline;padding:5px 4px;border-bottom:1px solid var(--line)}
ol.tl-list .when{min-width:7.5em}ol.tl-list .what{flex:1 1 16em}
ul.quotes{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
li.quote{border-left:4px solid var(--orange);background:var(--wash);padding:10px 14px;border-radius:0 6px 6px 0}
li.quote blockquote{margin:0;font:1.05rem/1.5 Georgia,"DejaVu Serif","Liberation Serif",serif;quotes:"\\201C" "\\201D"}
li.quote blockquote::before{content:open-quote}li.quote blockquote::after{content:close-quote}
li.quote.partial{border-left-color:var(--line)}li.quote.partial blockquote{font-size:.95rem}
.by{font-size:.9rem;color:var(--muted);margin-top:6px}.by strong{color:var(--ink)}
.summary{font-size:1rem}
article.doc{margin:18px 0 26px}
article.doc h3{margin:0;font-size:1rem;overflow-wrap:anywhere}
.doc-n{display:inline-block;background:var(--ink);color:#fff;border-radius:4px;padding:0 6px;margin-right:4px}
ol.evidence li{display:grid;grid-template-columns:2.6em 1fr;gap:0 8px;padding:6px 4px;border-bottom:1px solid var(--line)}
ol.evidence .sn{color:var(--muted);font-size:.8rem;text-align:right;font-variant-numeric:tabular-nums;padding-top:2px}
ol.evidence .rules{grid-column:2;font-size:.72rem;color:var(--muted);font-family:"DejaVu Sans Mono","Liberation Mono",monospace;overflow-wrap:anywhere}
ol.evidence .sentence{overflow-wrap:anywhere}
mark{color:inherit;background:none;border-bottom:3px solid;padding:0 1px}
mark.k-person{background:#dcebf6;border-color:var(--blue)}
mark.k-role{background:#eaf5fc;border-color:var(--sky);border-bottom-style:dashed}
mark.k-date{background:#fcefd2;border-color:var(--orange)}
mark.k-source{background:#f6dfeb;border-color:var(--purple);border-bottom-style:dashed}
mark.k-claim{background:#d9f2ea;border-color:var(--green);border-bottom-style:dotted}
mark.k-quote{background:#eceef1;border-color:#8a9099}
mark.k-event{background:#f9e0d0;border-color:var(--verm);border-bottom-style:double}
li:target,tr:target,article:target{outline:3px solid var(--orange);outline-offset:1px;background:#fff6dc}
.warn{color:#8a3a00}
footer{color:var(--muted);font-size:.85rem;padding:30px 16px 40px}
@media (max-width:640px){
 body{font-size:15px}
 table.stack thead{display:none}
 table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
 table.stack tr{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));border:1px solid var(--line);border-radius:6px;margin:0 0 10px;padding:4px 0}
 table.stack td{border:0;padding:3px 10px}
 table.stack td:first-child,table.stack th{grid-column:1/-1}
 table.stack tr.group{border:0;background:none}
 table.sources td:first-child{grid-column:auto}
 table.sources td[data-label=Source],table.sources td[data-label=Claim]{grid-column:1/-1}
 table.stack td.nil{display:none}
 .swipe{display:block}
 table.stack td::before{content:attr(data-label);display:block;font-size:.7rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
 ul.quotes{grid-template-columns:1fr}
}
@media print{
 body{font-size:11pt}
 nav.toc,.note,.swipe{display:none}
 .tl-wrap{overflow:visible;border:0}svg.timeline{min-width:0}
 a{color:inherit;text-decoration:none}
 tr,li,.card{break-inside:avoid}
 h2{break-after:avoid}
 li:target,tr:target,article:target{outline:none;background:none}
}
`;
