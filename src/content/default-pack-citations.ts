// The citations the default pack's numbers rest on, each written once so the pack and its source table
// (default-pack-source-table.ts) quote the same words. Where a number is Stillpoint's own choice, the citation says so.

/** How to measure at home. */
export const BP_TECHNIQUE_SOURCE =
  'American Heart Association home blood-pressure guidance: seated, after at least 5 minutes of quiet rest, arm supported';
/** The caution band's source. */
export const SPRAVATO_BP_SOURCE =
  'Spravato (esketamine) prescribing information, section 5: if blood pressure is above 140 systolic or 90 diastolic, weigh the risk of a short rise in blood pressure';
/** The hold's source: the blood-pressure and heart-rate limits of a remote ketamine programme. */
export const REMOTE_AGREEMENT_SOURCE =
  'chooseketamine.com/remote-treatment-agreement: do not proceed with a remote session if your blood pressure is above 160/90 or your heart rate is above 100 beats per minute';
/** Fasting: food and clear liquids. */
export const ISHA_FASTING_SOURCE =
  'isha.health informed consent: no food for 4 hours and no liquids for 2 hours before the dosing session';
/** Alcohol and cannabis. */
export const ISHA_SUBSTANCES_SOURCE =
  'isha.health informed consent: no alcohol or cannabis for 24 hours before the session';
/** Spacing between sessions. */
export const SPACING_SOURCE =
  'Mindbloom returning-client guidance: sessions 3 to 7 days apart early on (at least 72 hours); after more than 3 months (90 days), a check-in with the care team first';
/** The sitter's age. */
export const SITTER_AGE_SOURCE =
  'Mindbloom Peer Treatment Monitor guidance: an adult (18 or older), sober and present for the whole session';
/** The sitter. */
export const SITTER_SOURCES: readonly string[] = [SITTER_AGE_SOURCE, 'Journey Clinical chaperone guide'];
/** How often screening is asked again. */
export const SCREENING_REPEAT_SOURCE =
  'Stillpoint default (design/protocol-defaults.md): asked again every 90 days, or when the safety rules change';
/** How long a check-in counts for. */
export const CHECK_IN_SOURCE =
  'Stillpoint default (design/protocol-defaults.md): the check-in is done right before dosing; after 60 minutes it is done again';
/** The PHQ-9's own time frame. */
export const PHQ9_TWO_WEEKS_SOURCE =
  'PHQ-9 (Kroenke, Spitzer & Williams 2001): each question asks about the last 2 weeks (14 days)';
/** What a positive question 9 asks for. */
export const PHQ9_ITEM9_FOLLOW_UP_SOURCE =
  'Simon et al. 2013, Psychiatric Services 64(12): answers above zero to PHQ-9 question 9 predict suicide attempts; further assessment is needed';
