import { useRoute } from 'preact-iso';
import { Screen } from '../../ui/Screen';
import { libraryReadings } from './library';
import { ReadingBody } from './ReadingBody';

/** A clear "not found" inside the learn area, with the way back to the library. */
export function ReadingNotFound({ what }: { what: string }) {
  return (
    <Screen title="Reading not found">
      <p>{what}</p>
      <div class="btn-row">
        <a class="btn" href="/learn">
          Go to What to expect
        </a>
      </div>
    </Screen>
  );
}

/** One reading, at /learn/<readingId>. */
export function ReadingScreen() {
  const { params } = useRoute();
  const reading = libraryReadings().find((r) => r.id === params.id);
  if (!reading) return <ReadingNotFound what="There is no reading at this address. It may have been renamed." />;
  return (
    <Screen title={reading.title} intro={reading.summary}>
      <ReadingBody reading={reading} />
    </Screen>
  );
}
