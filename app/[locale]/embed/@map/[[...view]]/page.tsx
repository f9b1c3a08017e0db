import { ViewMap, type ViewRouteProps, viewStaticParams } from "@/components/view/view-page";

// The map drawn on the server for the embeds without a date, in the embed's map region.
export const dynamicParams = false;
export const generateStaticParams = () => viewStaticParams({ embedded: true });
export default (props: ViewRouteProps) => <ViewMap {...props} embedded />;
