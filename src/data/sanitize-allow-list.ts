// What release HTML may keep, for both sanitizer engines (the browser's Sanitizer in sanitize.ts,
// DOMPurify in sanitize-purify.ts). Anything not listed is removed with its content, except the harmless
// wrappers, which are replaced by their content so no text is lost: h1 because the host page has its own;
// legacy and form-like inline elements; meter and progress, whose text browsers hide behind a gauge; video
// and audio, whose text is what a page shows without the media, which releases never load.
export const allowedElements =
  'p br a strong em b i u s strike sub sup ul ol li blockquote q cite dfn h2 h3 h4 h5 h6 figure figcaption img table caption thead tbody tfoot tr th td colgroup col code pre hr abbr acronym time span div dl dt dd bdi bdo ruby rt rp'.split(
    ' ',
  );
export const unwrappedElements =
  'h1 section article header footer main aside nav address font center small big mark del ins picture label details summary tt kbd samp var nobr data marquee meter progress output video audio rb rtc'.split(
    ' ',
  );
// No id or name (DOM clobbering), no style, no class (the host's CSS must not reach into releases), no
// srcset (its URLs would escape the scheme check).
export const allowedAttributes =
  'href src alt title width height colspan rowspan scope headers abbr datetime cite lang dir start reversed span'.split(
    ' ',
  );
