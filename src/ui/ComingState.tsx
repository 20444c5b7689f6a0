import { Screen } from './Screen';

/** The honest placeholder for an area that is not built yet: says so, and what it will do. */
export function ComingState({ title, plan }: { title: string; plan: string }) {
  return (
    <Screen title={title}>
      <div class="notice" role="status">
        <p>
          <strong>This part of Stillpoint is not ready yet.</strong>
        </p>
        <p>{plan}</p>
        <p>Nothing is stored here until it is.</p>
      </div>
    </Screen>
  );
}
