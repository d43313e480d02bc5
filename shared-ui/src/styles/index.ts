import './fonts.js';
import './tokens.css';
import './base.css';
