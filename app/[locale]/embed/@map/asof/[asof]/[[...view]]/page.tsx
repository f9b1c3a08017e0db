import { ViewMap, type ViewRouteProps, viewStateParams } from "@/components/view/view-page";

// The map drawn on the server for the embeds' dated views, prerendered per state.
export const dynamicParams = false;
export const generateStaticParams = () => viewStateParams({ embedded: true });
export default (props: ViewRouteProps) => <ViewMap {...props} embedded />;
