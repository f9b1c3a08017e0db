// The static export's answer to `?asof=`. A plain file host (a CDN) ignores the query, so
// `/centers/moscow?asof=1999-06-01` gets the latest page. scripts/export.ts saves each dated view
// once per state at its internal address (`/en/asof/1997-07-01/centers/moscow/`, the page the Node
// server renders for every date of that state) and puts one of these scripts first in the <head>
// of each map page (decision 010):
// - on an English embed, `toState` sends `?lang=ja|ru` to that language's embed, as the server's
//   redirect does;
// - on a page without a date, `toState` reads the date as the server would (lib/asof.ts: a real
//   YYYY-MM-DD, the first value, trimmed, clamped to the range; anything else is ignored) and,
//   before anything is drawn, replaces the location with the state's page;
// - on a state's page, `toPublic` puts the public address back in the address bar (the one the
//   reader followed, or the state's first day), so the reader sees, copies and reloads that link.
// A server that maps the query itself (nginx with scripts/export.ts's config) serves the state's
// page at the public address, where `toPublic` has nothing to do.
import { contract } from "@/lib/contract";
import { ASOF_RANGE, STATE_DATES } from "@/lib/states.generated";

const CONFIG = JSON.stringify({
  dates: STATE_DATES,
  min: ASOF_RANGE.min,
  max: ASOF_RANGE.max,
  prefixed: contract.locales.filter((l) => l !== contract.defaultLocale),
  base: contract.defaultLocale,
});

/** The scripts' sources (fixed strings for one build: the export allows them by hash). */
export const STATIC_DATES_SCRIPTS = {
  toState: `(function(c){document.documentElement.dataset.jcmStatic="1";var l=location,p=l.pathname.replace(/\\/+$/,""),q=new URLSearchParams(l.search),r=q.get("asof");
var s=p.split("/").filter(Boolean),lang=c.base,g=q.get("lang");if(c.prefixed.indexOf(s[0])>=0)lang=s.shift();
if(s[0]==="embed"&&lang===c.base&&c.prefixed.indexOf(g)>=0){q.delete("lang");var o=q.toString();
document.documentElement.style.visibility="hidden";l.replace("/"+[g].concat(s).join("/")+(o?"?"+o:"")+l.hash);return}
if(r===null)return;r=r.trim();var m=/^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(r);if(!m)return;
if(+m[2]<1||+m[2]>12||+m[3]<1||+m[3]>new Date(Date.UTC(+m[1],+m[2],0)).getUTCDate())return;
if(r<c.min)r=c.min;if(r>c.max)r=c.max;var k=c.dates[0];for(var i=0;i<c.dates.length;i++)if(c.dates[i]<=r)k=c.dates[i];
var t=s[0]==="embed"?["embed","asof",k].concat(s.slice(1)):["asof",k].concat(s);
document.documentElement.style.visibility="hidden";l.replace("/"+[lang].concat(t).join("/")+l.search+l.hash)})(${CONFIG});`,
  toPublic: `(function(c){document.documentElement.dataset.jcmStatic="1";var l=location,q=new URLSearchParams(l.search),
s=/^\\/([a-z]{2})(\\/embed)?\\/asof\\/(\\d{4}-\\d{2}-\\d{2})(\\/.*)?$/.exec(l.pathname.replace(/\\/+$/,""));if(!s)return;
var p=(s[1]===c.base?"":"/"+s[1])+(s[2]||"")+(s[4]||"");if(!q.has("asof"))q.set("asof",s[3]);
history.replaceState(history.state,"",(p||"/")+"?"+q.toString()+l.hash)})(${CONFIG});`,
};
