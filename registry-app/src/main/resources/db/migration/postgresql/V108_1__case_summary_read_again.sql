-- V108 emptied the case summary's files (they gain the patient's pseudonym, the entries entered in
-- error and what each entry lacks); its position goes too, so it reads every event again on start.
DELETE FROM TokenEntry WHERE processorName = 'case-summary';
