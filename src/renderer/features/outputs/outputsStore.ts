import type { DestinationInfo } from '../../../shared/outputs/destination';
import type { OutputsState } from '../../../shared/outputs/outputStatus';
import { MainMirror } from '../../ipc/mainMirror';
import { call } from '../../ipc/studio';

/** The destinations main keeps, and the health of each. */
export class OutputsStore {
  readonly destinations = new MainMirror<DestinationInfo[]>(
    () => call('outputs:list'),
    (apply) => window.studio.on('outputs:onChanged', apply),
  );
  readonly state = new MainMirror<OutputsState>(
    () => call('outputs:getState'),
    (apply) => window.studio.on('outputs:onState', apply),
  );

  follow(): () => void {
    const stops = [this.destinations.follow(), this.state.follow()];
    return () => stops.forEach((stop) => stop());
  }
}
