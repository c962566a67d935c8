/** Data the component tests share: a cited source as the API returns it. */
export const source = {
  document: 'Expert report',
  documentZh: null,
  documentId: 'doc:report',
  section: '3.1',
  sectionEn: null,
  footnote: 12,
  quote: 'Advanced chips are controlled.',
  quoteEn: null,
  url: null,
  supplementary: false,
  note: null,
};
