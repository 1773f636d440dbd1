// The CDN module of <press-contact-form>: registers it and exports its class. The loader imports it on demand.
import '../components/press-contact-form/press-contact-form.define.js';

export { PressContactForm } from '../components/press-contact-form/press-contact-form.js';
