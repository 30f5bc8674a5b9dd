/* The workspace's routes: #/worklist, #/cases/new, #/cases/{caseId}, #/cases/{caseId}/{entry…}. */
import { worklistPage } from './worklist.js';
import { casePage } from './case-page.js';
import { entryPage } from './entry-page.js';
import { missingDataPage } from './missing-data.js';
import { entryOf } from '../common/session.js';

export function route(path) {
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'worklist' && parts.length === 1) return { page: worklistPage };
    if (parts[0] === 'missing-data' && parts.length === 1) return { page: missingDataPage };
    if (parts[0] !== 'cases' || parts.length < 2) return null;
    if (parts[1] === 'new' && parts.length === 2)
        return { page: (view, params) => entryPage(view, { entry: 'cases' }, params) };
    const caseId = parts[1];
    if (parts.length === 2) return { page: view => casePage(view, caseId) };
    const rest = parts.slice(2);
    const [first, id, sub, subId] = rest;
    if (rest.length === 1 && entryOf(first) && first !== 'cases' && first !== 'complications') {
        return { page: (view, params) => entryPage(view, { caseId, entry: first }, params) };
    }
    if (first === 'procedures' && rest.length === 2)
        return { page: (view, params) => entryPage(view, { caseId, entry: 'procedures', entryId: id }, params) };
    if (first === 'procedures' && sub === 'complications' && rest.length === 3) {
        return { page: (view, params) => entryPage(view, { caseId, entry: 'complications', procedureId: id }, params) };
    }
    if (first === 'procedures' && sub === 'complications' && rest.length === 4) {
        return {
            page: (view, params) =>
                entryPage(view, { caseId, entry: 'complications', procedureId: id, entryId: subId }, params),
        };
    }
    if ((first === 'follow-ups' || first === 'other-treatments') && rest.length === 2)
        return { page: (view, params) => entryPage(view, { caseId, entry: first, entryId: id }, params) };
    return null;
}
