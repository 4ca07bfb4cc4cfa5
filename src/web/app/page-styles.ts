// The pages' stylesheet, as a module of its own: every page but sign-in loads it with its chunk (routes.tsx), so that the sign-in page carries only the frame's styles (styles.css).
import '../styles/pages.css';
