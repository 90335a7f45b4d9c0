const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Tagged template that escapes every interpolated value unless it is `Raw` (already safe HTML). */
export class Raw {
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const rendered = Array.isArray(value)
      ? value.map((v) => (v instanceof Raw ? v.html : escapeHtml(v))).join('')
      : value instanceof Raw
        ? value.html
        : escapeHtml(value);
    out += rendered + (strings[i + 1] ?? '');
  });
  return new Raw(out);
}

/** The whole page: Norwegian, no inline script or style, assets from the same mount. */
export function page(options: { title: string; assets: string; body: Raw; autoSubmit?: boolean }): string {
  const script = options.autoSubmit
    ? html`<script src="${options.assets}/autosubmit.js" defer></script>`
    : html``;
  return `<!DOCTYPE html>${
    html`<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title}</title>
<link rel="stylesheet" href="${options.assets}/simulator.css">
${script}
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>`.html
  }`;
}

/** Served at `<mount>/assets/simulator.css`. */
export const STYLESHEET = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f4f4;color:#1a1a1a}
main{max-width:40rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border:1px solid #ccc;border-radius:4px}
h1{font-size:1.6rem;margin-top:0}h2{font-size:1.2rem;margin-top:1.5rem}
.banner{background:#fff3cd;border:1px solid #c9a400;padding:.5rem .75rem}
fieldset{border:1px solid #999;padding:.75rem 1rem;margin:1rem 0}
ul.choices{list-style:none;padding:0}ul.choices li{margin:.4rem 0}
button{font:inherit;padding:.5rem 1rem;cursor:pointer;border:1px solid #0b5fa5;background:#0b5fa5;color:#fff;border-radius:3px}
button.secondary{background:#fff;color:#0b5fa5}
ul.choices button{width:100%;text-align:left;background:#fff;color:#1a1a1a;border-color:#666}
ul.choices button:hover,ul.choices button:focus{background:#e8f1fa}
.pid{font-family:ui-monospace,monospace;color:#444}.note{display:block;font-size:.85rem;color:#555}
label{display:block;margin-bottom:.25rem;font-weight:600}
input[type=text]{font:inherit;padding:.4rem;width:12rem}
.error{color:#a30000;font-weight:600}
:focus-visible{outline:3px solid #c9a400;outline-offset:2px}
`;

/** Served at `<mount>/assets/autosubmit.js`: submits the logout form without user action. */
export const AUTOSUBMIT_SCRIPT = `document.querySelector('form[data-autosubmit]')?.submit();\n`;
