import { type ComponentType, createContext, type ReactNode, Suspense, useContext } from 'react';

/**
 * Places where one feature's page shows another feature's widget: the person's job proposals and
 * hours link on `/mig`, a mentor's young people on `/mentor`, the hours waiting for the employer on
 * `/virksomhed/forloeb`. Features may not import each other,
 * so the page leaves a named slot and the app (`web/src/slots.tsx`) fills it, lazily.
 */
export type SlotName = 'portal.home' | 'mentor.home' | 'employer.overview';

export type Slots = Partial<Record<SlotName, ComponentType>>;

const SlotContext = createContext<Slots>({});

/** Mounted once by the app around the router; tests mount it with stand-ins. */
export function SlotProvider({ slots, children }: { slots: Slots; children: ReactNode }) {
  return <SlotContext value={slots}>{children}</SlotContext>;
}

/** Renders what the app put in the slot (nothing while it loads, nothing if empty). */
export function Slot({ name }: { name: SlotName }) {
  const Filler = useContext(SlotContext)[name];
  if (!Filler) return null;
  return (
    <Suspense fallback={null}>
      <Filler />
    </Suspense>
  );
}
