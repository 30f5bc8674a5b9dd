'use strict';
/*
 * The workspace's words in English and Italian. Field labels and coded values not listed here are
 * spelt out from their names (maxDiameterMm: "Max diameter"; OTHER_LONG_BONE: "Other long bone").
 * The guideline is Italian: where it has its own words for a thing, the Italian labels use them.
 */
const I18N = {
  en: {
    ui: {
      worklist: 'Worklist', newCase: 'New case', dashboard: 'Dashboard', language: 'Language',
      followUpsDue: 'Follow-ups due', noFollowUpsDue: 'No follow-up is due.', openCases: 'Open cases by stage', statusGrid: 'Status grid',
      status: 'Status', case: 'Case', centre: 'Centre', procedureOn: 'Procedure on', visit: 'Visit', visitDate: 'Visit date',
      windowEnds: 'Window ends', record: 'Record', recordFollowUp: 'Record follow-up', OVERDUE: 'overdue', DUE: 'due',
      DONE: 'done', DEVIATED: 'deviated', MISSING: 'missing', daysLate: 'days late',
      save: 'Save', saveAmendment: 'Save correction', cancel: 'Cancel', add: 'Add', remove: 'Remove', addStep: 'Add a technique step',
      removeStep: 'Remove this step', addItem: 'Add', yes: 'Yes', no: 'No', unknown: 'Not known', choose: '— choose —',
      advice: "The guideline's advice", adviceHint: 'Checked as you type; nothing is stored until you save.',
      met: 'met', deviated: 'deviated', advisory: 'otherwise than the text advises (not a deviation)', justification: 'Justification of the deviation',
      justificationHint: 'Why the guideline is not followed here; it is kept with the entry.',
      reasonForChange: 'Reason for change', reasonRequired: 'A correction needs a reason for change.',
      readOnly: 'Read only: your role does not write cases.', nextEntries: 'Next entries', entries: 'Entries', correct: 'Correct',
      versions: 'Versions', field: 'Field', recorded: 'Recorded', amended: 'Corrected', by: 'by', why: 'why',
      summary: 'Summary', stage: 'Stage', diagnosis: 'Diagnosis', intent: 'Intent', procedures: 'Procedures', latestPain: 'Latest pain',
      biopsyAdvice: 'Biopsy', curative: 'Curative eligibility', strategy: 'Strategy (Algorithm 1)', recommended: 'recommended',
      notNeeded: 'not needed', eligible: 'eligible', notEligible: 'not eligible', complication: 'Complication',
      saved: 'Saved.', notSaved: 'Not saved:', fixFields: 'Please correct the fields marked below.', include: 'Record',
      history: 'Audit trail', unit: 'unit', step: 'Step', item: 'Item', none: '—', loading: 'Loading…',
      'cases': 'New case', 'assessment': 'Assessment', 'biopsy-decision': 'Biopsy decision', 'biopsy': 'Biopsy result',
      'treatment-decision': 'Treatment decision', 'pre-procedure-checks': 'Pre-procedure checks', 'procedures': 'Procedure',
      'complications': 'Complication', 'follow-ups': 'Follow-up', 'closure': 'Closure',
    },
    fields: {
      centreId: 'Centre', patientPseudonym: 'Patient pseudonym (never a name or record number)', birthYear: 'Year of birth',
      referralDate: 'Referral date', assessedOn: 'Assessed on', diagnosisBasis: 'Diagnosis based on', primaryTumour: 'Primary tumour',
      localisationCount: 'Number of bone localisations', lesion: 'Index lesion', totalBodyImaging3d: 'Total-body CT/MR with 3D imaging',
      painOrigin: 'Origin and site of pain', previousTreatments: 'Previous treatments', generalAnaesthesiaPossible: 'General anaesthesia possible',
      lifeExpectancyMonths: 'Life expectancy', surgicalCandidate: 'Candidate for surgery', baselinePain: 'Pain before treatment',
      vas: 'Pain (VAS 0–10)', opioidMmePerDay: 'Opioid dose', neuralgia: 'Neuralgia', occult: 'Occult primary',
      multiplePrimaries: 'Several primaries', secondaryDoubtful: 'Doubtful that the lesion is secondary', maxDiameterMm: 'Largest diameter',
      softTissueExtension: 'Extends into soft tissue', spinalCanalExtension: 'Extends into the spinal canal', epiduralExtension: 'Epidural extension',
      posteriorWallRupture: 'Posterior wall ruptured', intraArticular: 'Intra-articular', fractureRisk: 'At risk of fracture', aggressive: 'Aggressive',
      decidedOn: 'Decided on', biopsy: 'Biopsy', reason: 'Reason', performedOn: 'Performed on', histology: 'Histology', conclusive: 'Conclusive',
      mdt: 'Decided by a multidisciplinary team (MDT)', goals: 'Goals', plannedTechniques: 'Planned techniques',
      consolidationNeeded: 'Consolidation needed', debulkingNeeded: 'Debulking needed', checkedOn: 'Checked on',
      coagulationNormal: 'Coagulation normal', pt: 'PT', ptt: 'PTT', inr: 'INR', plateletsNormal: 'Platelets normal', platelets: 'Platelets',
      whiteCellsNormal: 'White cells normal', whiteCells: 'White cells', infectionsScreened: 'Infections screened',
      infectionsResolved: 'Infections resolved', writtenConsent: 'Written informed consent', antibioticProphylaxis: 'Antibiotic prophylaxis',
      operatorId: 'Operator code', anaesthesia: 'Anaesthesia', guidance: 'Imaging guidance', steps: 'Technique steps', technique: 'Technique',
      thermalProtection: 'Thermal protection', periostealRopivacaineMl: 'Periosteal ropivacaine', technicalSuccess: 'Technical success',
      needleGauge: 'Needle gauge', cementVolumeMl: 'Cement volume', realTimeImaging: 'Real-time imaging while injecting',
      delayedUntilNormothermia: 'Cement injected once back to normal temperature', leakage: 'Cement leakage', observed: 'Leak observed',
      sites: 'Sites', symptomatic: 'Symptomatic', probeCount: 'Number of probes', probeGauge: 'Probe gauge', probeSpacingCm: 'Probe spacing',
      cycles: 'Freeze–thaw cycles', freezeMin: 'Freeze', thawMin: 'Thaw', iceBallMarginMm: 'Ice-ball margin beyond the tumour',
      method: 'Method', thermocouple: 'Thermocouple', maxMonitoredTemperatureC: 'Highest monitored temperature',
      onset: 'Onset', type: 'Type', cirseGrade: 'CIRSE grade', description: 'Description', procedureId: 'Procedure',
      localRecurrence: 'Local recurrence', tumourVolume: 'Tumour volume', fractureAtTreatedSite: 'Fracture at the treated site',
      vitalStatus: 'Vital status', closedOn: 'Closed on', site: 'Site', level: 'Vertebral level', pattern: 'Pattern', sex: 'Sex',
    },
    values: {
      RFA: 'Radiofrequency ablation (RFA)', RF_IONIZATION: 'Radiofrequency ionisation', CRYO: 'Cryoablation', LASER: 'Laser ablation',
      ETHANOL: 'Ethanol ablation', CEMENTOPLASTY: 'Cementoplasty', CT: 'CT', MRI: 'MRI', CONE_BEAM_CT: 'Cone-beam CT',
      CT_FLUOROSCOPY: 'CT fluoroscopy', HYDRODISSECTION_D5W: 'Hydrodissection, 5 % dextrose in water', HYDRODISSECTION_SALINE: 'Hydrodissection, saline',
      CO2_DISSECTION: 'CO₂ dissection', MDT: 'MDT', PAIN: 'Pain relief', OTHER_BENIGN: 'Other benign tumour',
      PRIMARY_MALIGNANT: 'Primary malignant tumour', CEMENT_LEAK_SYMPTOMATIC: 'Symptomatic cement leak',
      FOLLOW_UP: 'Follow-up', PRE_PROCEDURE_CHECKS: 'Pre-procedure checks', FOLLOW_UP_COMPLETE: 'Follow-up complete',
    },
  },
  it: {
    ui: {
      worklist: 'Agenda', newCase: 'Nuovo caso', dashboard: 'Cruscotto', language: 'Lingua',
      followUpsDue: 'Controlli da eseguire', noFollowUpsDue: 'Nessun controllo in scadenza.', openCases: 'Casi aperti per fase', statusGrid: 'Stato dei casi',
      status: 'Stato', case: 'Caso', centre: 'Centro', procedureOn: 'Procedura del', visit: 'Controllo', visitDate: 'Data prevista',
      windowEnds: 'Finestra fino al', record: 'Registra', recordFollowUp: 'Registra il controllo', OVERDUE: 'in ritardo', DUE: 'da eseguire',
      DONE: 'fatto', DEVIATED: 'con deviazione', MISSING: 'mancante', daysLate: 'giorni di ritardo',
      save: 'Salva', saveAmendment: 'Salva la correzione', cancel: 'Annulla', add: 'Aggiungi', remove: 'Rimuovi', addStep: 'Aggiungi una tecnica',
      removeStep: 'Rimuovi questa tecnica', addItem: 'Aggiungi', yes: 'Sì', no: 'No', unknown: 'Non noto', choose: '— scegliere —',
      advice: 'Indicazioni delle linee guida', adviceHint: 'Verificate durante la compilazione; nulla è salvato finché non si salva.',
      met: 'rispettata', deviated: 'non rispettata', advisory: 'diversamente da quanto il testo consiglia (non è una deviazione)', justification: 'Motivazione della deviazione',
      justificationHint: 'Perché qui non si segue la linea guida; resta con la registrazione.',
      reasonForChange: 'Motivo della correzione', reasonRequired: 'Una correzione richiede il motivo.',
      readOnly: 'Sola lettura: il suo ruolo non registra casi.', nextEntries: 'Prossime registrazioni', entries: 'Registrazioni', correct: 'Correggi',
      versions: 'Versioni', field: 'Campo', recorded: 'Registrato', amended: 'Corretto', by: 'da', why: 'motivo',
      summary: 'Riepilogo', stage: 'Fase', diagnosis: 'Diagnosi', intent: 'Finalità', procedures: 'Procedure', latestPain: 'Ultimo dolore',
      biopsyAdvice: 'Biopsia', curative: 'Indicazione curativa', strategy: 'Strategia (Algoritmo 1)', recommended: 'indicata',
      notNeeded: 'non necessaria', eligible: 'indicato', notEligible: 'non indicato', complication: 'Complicanza',
      saved: 'Salvato.', notSaved: 'Non salvato:', fixFields: 'Correggere i campi segnalati.', include: 'Registra',
      history: 'Traccia delle modifiche', unit: 'unità', step: 'Tecnica', item: 'Voce', none: '—', loading: 'Caricamento…',
      'cases': 'Nuovo caso', 'assessment': 'Valutazione', 'biopsy-decision': 'Decisione sulla biopsia', 'biopsy': 'Esito della biopsia',
      'treatment-decision': 'Decisione terapeutica', 'pre-procedure-checks': 'Controlli pre-procedurali', 'procedures': 'Procedura',
      'complications': 'Complicanza', 'follow-ups': 'Controllo', 'closure': 'Chiusura',
    },
    fields: {
      centreId: 'Centro', patientPseudonym: 'Pseudonimo del paziente (mai nome o numero di cartella)', birthYear: 'Anno di nascita',
      referralDate: 'Data di invio', assessedOn: 'Valutato il', diagnosis: 'Diagnosi', diagnosisBasis: 'Diagnosi basata su',
      primaryTumour: 'Tumore primitivo', localisationCount: 'Numero di localizzazioni ossee', lesion: 'Lesione indice',
      totalBodyImaging3d: 'Valutazione total body TC/RM con studi 3D', painOrigin: 'Origine e sede del dolore',
      previousTreatments: 'Trattamenti precedenti', generalAnaesthesiaPossible: 'Anestesia generale possibile',
      lifeExpectancyMonths: 'Aspettativa di vita', surgicalCandidate: 'Candidato alla chirurgia', baselinePain: 'Dolore prima del trattamento',
      vas: 'Dolore (VAS 0–10)', opioidMmePerDay: 'Dose di oppioidi', neuralgia: 'Nevralgia', site: 'Sede', level: 'Livello vertebrale',
      maxDiameterMm: 'Diametro massimo', pattern: 'Aspetto', softTissueExtension: 'Estensione ai tessuti molli',
      spinalCanalExtension: 'Estensione al canale vertebrale', epiduralExtension: 'Estensione epidurale',
      posteriorWallRupture: 'Rottura del muro posteriore', intraArticular: 'Intra-articolare', fractureRisk: 'A rischio di frattura',
      aggressive: 'Aggressiva', decidedOn: 'Deciso il', biopsy: 'Biopsia', reason: 'Motivo', performedOn: 'Eseguita il',
      histology: 'Istologia', conclusive: 'Diagnostica', mdt: 'Decisa da un team multidisciplinare', intent: 'Finalità', goals: 'Obiettivi',
      plannedTechniques: 'Tecniche previste', consolidationNeeded: 'Consolidamento necessario', debulkingNeeded: 'Citoriduzione necessaria',
      checkedOn: 'Controllato il', coagulationNormal: 'Coagulazione nella norma', plateletsNormal: 'Piastrine nella norma', platelets: 'Piastrine',
      whiteCellsNormal: 'Globuli bianchi nella norma', whiteCells: 'Globuli bianchi', infectionsScreened: 'Infezioni ricercate',
      infectionsResolved: 'Infezioni risolte', writtenConsent: 'Consenso informato scritto', antibioticProphylaxis: 'Profilassi antibiotica',
      operatorId: 'Codice operatore', anaesthesia: 'Anestesia', guidance: 'Guida per immagini', steps: 'Tecniche eseguite', technique: 'Tecnica',
      thermalProtection: 'Protezione termica', periostealRopivacaineMl: 'Ropivacaina periostale', technicalSuccess: 'Successo tecnico',
      needleGauge: 'Calibro dell’ago', cementVolumeMl: 'Volume di cemento', realTimeImaging: 'Controllo in tempo reale dell’iniezione',
      delayedUntilNormothermia: 'Cemento iniettato a temperatura normalizzata', leakage: 'Fuoriuscita di cemento', observed: 'Fuoriuscita osservata',
      sites: 'Sedi', symptomatic: 'Sintomatica', probeCount: 'Numero di sonde', probeGauge: 'Calibro delle sonde', probeSpacingCm: 'Distanza tra le sonde',
      cycles: 'Cicli di congelamento e scongelamento', freezeMin: 'Congelamento', thawMin: 'Scongelamento',
      iceBallMarginMm: 'Margine della palla di ghiaccio oltre il tumore', method: 'Metodo', thermocouple: 'Termocoppia',
      maxMonitoredTemperatureC: 'Temperatura massima monitorata', onset: 'Insorgenza', type: 'Tipo', cirseGrade: 'Grado CIRSE',
      description: 'Descrizione', procedureId: 'Procedura', localRecurrence: 'Recidiva locale', tumourVolume: 'Volume tumorale',
      fractureAtTreatedSite: 'Frattura nella sede trattata', vitalStatus: 'Stato in vita', closedOn: 'Chiuso il', sex: 'Sesso',
    },
    values: {
      FEMALE: 'Femmina', MALE: 'Maschio', OTHER: 'Altro', UNKNOWN: 'Non noto', IMAGING: 'Imaging', HISTOLOGY: 'Istologia',
      OSTEOID_OSTEOMA: 'Osteoma osteoide', OSTEOBLASTOMA: 'Osteoblastoma', CHONDROBLASTOMA: 'Condroblastoma', OTHER_BENIGN: 'Altro tumore benigno',
      PRIMARY_MALIGNANT: 'Tumore maligno primitivo', METASTASIS: 'Metastasi', MULTIPLE_MYELOMA: 'Mieloma multiplo', LYMPHOMA: 'Linfoma',
      OSTEOLYTIC: 'Osteolitica', SCLEROTIC: 'Sclerotica', MIXED: 'Mista', CURATIVE: 'Curativa', PALLIATIVE: 'Palliativa',
      PAIN: 'Controllo del dolore', DEBULKING: 'Citoriduzione', FRACTURE_PREVENTION: 'Prevenzione della frattura', DECOMPRESSION: 'Decompressione',
      CEMENTOPLASTY: 'Cementoplastica', ETHANOL: 'Alcolizzazione', LASER: 'Ablazione laser', RFA: 'Radiofrequenza (RFA)',
      CRYO: 'Crioablazione', RF_IONIZATION: 'Ionizzazione a radiofrequenza', GENERAL: 'Generale', SPINAL: 'Spinale',
      NERVE_BLOCK: 'Blocco radicolare', DEEP_SEDATION: 'Sedazione profonda', CONSCIOUS_SEDATION: 'Sedazione cosciente', LOCAL: 'Locale',
      FLUOROSCOPY: 'Fluoroscopia', ULTRASOUND: 'Ecografia', CT: 'TC', MRI: 'RM', CONE_BEAM_CT: 'TC cone-beam', CT_FLUOROSCOPY: 'TC-fluoroscopia',
      NONE: 'Nessuna', HYDRODISSECTION_SALINE: 'Idrodissezione con fisiologica', HYDRODISSECTION_D5W: 'Idrodissezione con destrosio al 5 %',
      CO2_DISSECTION: 'Dissezione con CO₂', BALLOON: 'Palloncino', ALIVE: 'In vita', DEAD: 'Deceduto', REDUCED: 'Ridotto', STABLE: 'Stabile',
      INCREASED: 'Aumentato', NOT_ASSESSED: 'Non valutato', FOLLOW_UP_COMPLETE: 'Follow-up completato', DIED: 'Deceduto',
      LOST_TO_FOLLOW_UP: 'Perso al follow-up', CONSENT_WITHDRAWN: 'Consenso ritirato', RADIOTHERAPY: 'Radioterapia', SURGERY: 'Chirurgia',
      SYSTEMIC_THERAPY: 'Terapia sistemica', PERCUTANEOUS_ABLATION: 'Ablazione percutanea', BREAST: 'Mammella', LUNG: 'Polmone', KIDNEY: 'Rene',
      PROSTATE: 'Prostata', THYROID: 'Tiroide', COLORECTAL: 'Colon-retto', MELANOMA: 'Melanoma', VERTEBRA_CERVICAL: 'Vertebra cervicale',
      VERTEBRA_THORACIC: 'Vertebra toracica', VERTEBRA_LUMBAR: 'Vertebra lombare', SACRUM: 'Sacro', PELVIS_ACETABULUM: 'Acetabolo',
      PELVIS_OTHER: 'Bacino, altra sede', RIB: 'Costa', STERNUM: 'Sterno', SCAPULA: 'Scapola', SKULL: 'Cranio', FEMUR: 'Femore', TIBIA: 'Tibia',
      HUMERUS: 'Omero', OTHER_LONG_BONE: 'Altro osso lungo', CONDYLE: 'Condilo', HAND_FOOT: 'Mano o piede', INFECTION: 'Infezione',
      FRACTURE: 'Frattura', PULMONARY_EMBOLISM: 'Embolia polmonare', CEMENT_LEAK_SYMPTOMATIC: 'Fuoriuscita di cemento sintomatica',
      FEVER: 'Febbre', NERVE_INJURY: 'Lesione nervosa', THERMAL_INJURY: 'Lesione termica', VENOUS: 'Venosa', DISC: 'Discale',
      EPIDURAL: 'Epidurale', FORAMINAL: 'Foraminale', PARAVERTEBRAL: 'Paravertebrale', STRAIGHT: 'Dritto', EXPANDABLE: 'Espandibile',
      COOLED: 'Raffreddato', REGISTERED: 'Registrato', ASSESSED: 'Valutato', TREATMENT_DECIDED: 'Trattamento deciso', TREATED: 'Trattato',
      CLOSED: 'Chiuso', ASSESSMENT: 'Valutazione', BIOPSY_DECISION: 'Decisione biopsia', BIOPSY: 'Biopsia', TREATMENT_DECISION: 'Decisione terapeutica',
      PRE_PROCEDURE_CHECKS: 'Controlli', PROCEDURE: 'Procedura', FOLLOW_UP: 'Controllo', CLOSURE: 'Chiusura',
    },
  },
};

const LANGUAGE_KEY = 'registry.language';

function language() {
  const chosen = localStorage.getItem(LANGUAGE_KEY);
  return chosen === 'it' || chosen === 'en' ? chosen : (navigator.language || 'en').startsWith('it') ? 'it' : 'en';
}

/** A phrase of the interface. */
function ui(key) {
  return I18N[language()].ui[key] ?? I18N.en.ui[key] ?? key;
}

/** A field's label from its JSON path's last name. */
function fieldLabel(path) {
  const name = path.replace(/\[\d*\]/g, '').split('.').pop();
  return I18N[language()].fields[name] ?? I18N.en.fields[name] ?? spelt(name.replace(/(Mm|Ml|Cm|Min|C|Percent|W|Um|MmePerDay|Months)$/, ''));
}

/** A coded value in words. */
function valueLabel(code) {
  if (code === null || code === undefined || code === '') return '';
  const words = I18N[language()].values[code] ?? I18N.en.values[code];
  if (words) return words;
  if (/^[A-Z]\d+$/.test(code) || code.length <= 3) return code;
  const text = code.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function spelt(camel) {
  const text = camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
