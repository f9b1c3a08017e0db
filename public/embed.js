/* Japan Centers Map: sizes the map's iframes on a host page to their content. No dependencies.
   Listens for the height messages our /embed pages post (AMP/Flourish/Datawrapper form, and
   Pym.js strings), and accepts them only from one of our iframes, from that iframe's origin. */
(() => {
  if (window.__jcmEmbed) return;
  window.__jcmEmbed = true;
  const PYM = /^pymxPYMx([\w-]+)xPYMxheightxPYMx(\d+)$/;
  const EMBED_SRC = /\/embed(\/[\w-]+)?(\?|$)/;
  const frames = () =>
    Array.from(document.getElementsByTagName("iframe")).filter(
      (f) => f.hasAttribute("data-jcm-embed") || EMBED_SRC.test(f.src),
    );
  const originOf = (src) => {
    try {
      return new URL(src, location.href).origin;
    } catch {
      return null;
    }
  };
  const heightOf = (data) => {
    if (data && typeof data === "object" && data.sentinel === "amp" && data.type === "embed-size") {
      return Number(data.height);
    }
    const m = typeof data === "string" ? PYM.exec(data) : null;
    return m ? Number(m[2]) : null;
  };
  window.addEventListener("message", (event) => {
    const frame = frames().find((f) => event.source === f.contentWindow);
    if (!frame || event.origin !== originOf(frame.src)) return;
    const height = heightOf(event.data);
    if (height && height > 0 && height < 20000) frame.style.height = `${Math.ceil(height)}px`;
  });
})();
