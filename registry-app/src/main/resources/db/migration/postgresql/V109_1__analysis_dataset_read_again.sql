-- V109 emptied the analysis dataset (a vertebra counted once, the neuralgia's intensity); its
-- position goes too, so it reads every event again on start.
DELETE FROM TokenEntry WHERE processorName = 'analysis-dataset';
