import { Fragment } from "react";
import type { Locale } from "@/lib/contract";

/** A centre's names in the other two languages, each marked with its language. */
export function OtherNames({ names }: { names: { lang: Locale; name: string }[] }) {
  return (
    <>
      {names.map((n, i) => (
        <Fragment key={n.lang}>
          {i > 0 ? " · " : null}
          <span lang={n.lang}>{n.name}</span>
        </Fragment>
      ))}
    </>
  );
}
