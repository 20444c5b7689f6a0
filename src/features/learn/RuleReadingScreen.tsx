import { useRoute } from 'preact-iso';
import { findRuleExplanation } from '../../domain/reading';
import { Screen } from '../../ui/Screen';
import { libraryReadings } from './library';
import { ReadingBody } from './ReadingBody';
import { ReadingNotFound } from './ReadingScreen';

/** /learn/rule/<ruleId>: the reading that explains a safety rule, opened at the section about it. */
export function RuleReadingScreen() {
  const { params } = useRoute();
  const found = findRuleExplanation(libraryReadings(), params.ruleId ?? '');
  if (!found)
    return <ReadingNotFound what="There is no reading for this safety rule. The library lists every reading." />;
  return (
    <Screen title={found.reading.title} intro={found.reading.summary}>
      <ReadingBody reading={found.reading} focusSectionId={found.sectionId} />
    </Screen>
  );
}
