import './styles/tokens.css';
import './components/rm-app.define.ts';
