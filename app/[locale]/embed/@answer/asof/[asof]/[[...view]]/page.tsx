import { ViewAnswer, type ViewRouteProps } from "@/components/view/view-page";

// A centre's answer for the embed's dated views, prerendered per state. No generateStaticParams, as
// in ../../../[[...view]]/page.tsx.
export default (props: ViewRouteProps) => <ViewAnswer {...props} embedded />;
