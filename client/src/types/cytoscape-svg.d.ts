// cytoscape-svg ships no types: it registers cy.svg(), which draws the graph into an SVG string.
declare module 'cytoscape-svg' {
  const register: (cy: unknown) => void;
  export default register;
}
