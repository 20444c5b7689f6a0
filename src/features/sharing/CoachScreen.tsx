import './sharing.css';
import { settings } from '../../state/settings';
import { CoachHome } from './CoachHome';
import { PatientHome } from './PatientHome';

/** /coach: the coach's side in coach mode, the patient's side otherwise. */
export function CoachScreen() {
  return settings.value.role === 'coach' ? <CoachHome /> : <PatientHome />;
}
