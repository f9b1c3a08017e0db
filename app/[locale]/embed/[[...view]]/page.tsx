import { ViewPage, type ViewRouteProps, viewRouteMetadata, viewStaticParams } from "@/components/view/view-page";

// The embeds without a date, prerendered: `/embed`, `/embed/<slug>` (components/view).
export const dynamicParams = false;
export const generateStaticParams = () => viewStaticParams({ embedded: true });
export const generateMetadata = (props: ViewRouteProps) => viewRouteMetadata(props, { embedded: true });
export default (props: ViewRouteProps) => <ViewPage {...props} embedded />;
