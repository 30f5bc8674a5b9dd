/* CSV downloads of what a view shows, quoted as every CSV the server writes. */
import { el } from './dom.js';

// A text a spreadsheet would take for a formula gets a leading apostrophe (OWASP's rule),
// as in every CSV the server writes.
function csvCell(v) {
    const text = v === null || v === undefined ? '' : String(v);
    return typeof v !== 'number' && /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)
        ? "'" + text
        : text;
}

function csvDownload(filename, header, rows) {
    const quote = v => {
        const text = csvCell(v);
        return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    };
    const body = [header, ...rows].map(row => row.map(quote).join(',')).join('\r\n') + '\r\n';
    const link = el('a', { href: URL.createObjectURL(new Blob([body], { type: 'text/csv' })), download: filename });
    document.body.append(link);
    link.click();
    link.remove();
}

export function csvButton(filename, header, rows) {
    return el(
        'button',
        { type: 'button', class: 'csv', onclick: () => csvDownload(filename, header, rows()) },
        'Download CSV',
    );
}
