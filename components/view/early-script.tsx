import { earlyScriptSource } from "@/lib/browser/early-script";

/**
 * First in a map layout's body: holds clicks that come before hydration and, in an embed, runs the
 * facade until the reader touches it (lib/browser/early-script.ts; allowed by its hash).
 */
export function EarlyScript({ embed }: { embed: boolean }) {
  return (
    <script
      // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed string of ours, no input in it
      dangerouslySetInnerHTML={{ __html: earlyScriptSource(embed) }}
    />
  );
}
