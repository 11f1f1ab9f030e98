import { createContext, useContext } from 'react';
import type { DockId } from '../../../shared/layout/dockLayout';

export interface DockPlace {
  id: DockId;
  collapsed: boolean;
  first: boolean;
  last: boolean;
  toggle(): void;
  move(step: -1 | 1): void;
  moveAcross(): void;
}

/** The dock a panel sits in, for its header's controls; none outside the studio's columns. */
export const DockContext = createContext<DockPlace | undefined>(undefined);

export const useDockPlace = (): DockPlace | undefined => useContext(DockContext);
