export const css = `
.gp-screen-head h3:focus { outline: none; }
h4, h5 { margin: 0; font-size: 16px; }
`;
