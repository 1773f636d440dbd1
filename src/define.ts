// Registers every element under its default tag name.
import './components/press-feed/press-feed.define.js';
