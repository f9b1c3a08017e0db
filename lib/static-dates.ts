// The static export's answer to `?asof=`. A plain file host (a CDN) ignores the query, so
// `/centers/moscow?asof=1999-06-01` gets the latest page. scripts/export.ts saves each dated view
// once per state at its internal address (`/en/asof/1997-07-01/centers/moscow/`, the page the Node
// server renders for every date of that state) and puts this script first in the <head> of every
// map page. Before anything is drawn it reads the date as the server would (lib/asof.ts: a real
// YYYY-MM-DD, first value, clamped to the range, anything else ignored), and replaces the
// location with the state's page; there it puts the public address back in the address bar, so
// the reader sees, copies and reloads the link they followed. Decision 010.
import { contract } from "@/lib/contract";
import { ASOF_RANGE, STATE_DATES } from "@/lib/states.generated";

/** The script's source (a fixed string for one build: the export allows it by hash). */
export function staticDatesScript(): string {
  const config = {
    dates: STATE_DATES,
    min: ASOF_RANGE.min,
    max: ASOF_RANGE.max,
    prefixed: contract.locales.filter((l) => l !== contract.defaultLocale),
    base: contract.defaultLocale,
  };
  return `(function(c){var l=location,p=l.pathname.replace(/\\/+$/,"")||"/",q=new URLSearchParams(l.search);
var s=/^\\/([a-z]{2})(\\/embed)?\\/asof\\/(\\d{4}-\\d{2}-\\d{2})(\\/.*)?$/.exec(p);
if(s){var pub=(s[1]===c.base?"":"/"+s[1])+(s[2]||"")+(s[4]||"");if(!q.has("asof"))q.set("asof",s[3]);
history.replaceState(history.state,"",(pub||"/")+"?"+q.toString()+l.hash);return}
var r=q.get("asof");if(r===null)return;r=r.trim();var m=/^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(r);if(!m)return;
if(+m[2]<1||+m[2]>12||+m[3]<1||+m[3]>new Date(Date.UTC(+m[1],+m[2],0)).getUTCDate())return;
if(r<c.min)r=c.min;if(r>c.max)r=c.max;var k=c.dates[0];for(var i=0;i<c.dates.length;i++)if(c.dates[i]<=r)k=c.dates[i];
var parts=p.split("/").filter(Boolean),lang=c.base;if(c.prefixed.indexOf(parts[0])>=0)lang=parts.shift();
var t=parts[0]==="embed"?["embed","asof",k].concat(parts.slice(1)):["asof",k].concat(parts);
document.documentElement.style.visibility="hidden";l.replace("/"+[lang].concat(t).join("/")+l.search+l.hash)})(${JSON.stringify(config)});`;
}
