/**
 * The stylesheets every page needs, in cascade order. tokens.css comes first because it declares
 * the layer order (tokens, base, ui, feature). The ui modules follow in a fixed order because a few
 * elements carry classes from two of them (`field checkbox-group`, `table availability`,
 * `field__hint checkbox__hint`, `link-list after-form`): inside one layer the later sheet wins, and
 * importing them all here keeps that order whichever page happens to load first.
 */
import './tokens.css';
import './base.css';
import './layout.module.css';
import './buttons.module.css';
import './forms.module.css';
import './alerts.module.css';
import './tables.module.css';
import './choices.module.css';
import './cards.module.css';
import './steps.module.css';
import './overlays.module.css';
import './schedule.module.css';
import './disclosure.module.css';
