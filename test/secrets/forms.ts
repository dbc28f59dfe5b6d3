/** Every way of writing a password `s` into a URL that the tests know: some the WHATWG parser reads as userinfo, some only the raw text shows. */
export const USERINFO_FORMS: Array<(s: string) => string> = [
  (s) => `https://user:${s}@h.example.com/x`,
  (s) => `https://${s}@h.example.com/x`,
  (s) => ` https://user:${s}@h.example.com/x`,
  (s) => `\thttps://user:${s}@h.example.com/x`,
  (s) => `https:/user:${s}@h.example.com/x`,
  (s) => `https:user:${s}@h.example.com/x`,
  (s) => `https:\\\\user:${s}@h.example.com/x`,
  (s) => `HTTPS://user:${s}@h.example.com/x`,
  (s) => `https://a@user:${s}@h.example.com/x`,
  (s) => `https://user:${s}%40x@h.example.com/x`,
  (s) => `https://user%3A${s}%40h.example.com/x`,
  (s) => `https://user:${s}\uFF20h.example.com/x`,
  (s) => `http://user:${s}@localhost:3000/x`,
  (s) => `myapp://user:${s}@callback`,
  // Longer than a message quotes (80 characters): the mask must come before the cut.
  (s) => `https://user:${'p'.repeat(90)}${s}@h.example.com/x`,
];
