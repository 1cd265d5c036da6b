// The client side of google.script (HtmlService sidebars). Only what the sidebars use.
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (result: unknown, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
    withUserObject(object: unknown): Runner;
    [endpoint: string]: unknown;
  }
  const run: Runner;
  namespace host {
    function close(): void;
    function setHeight(height: number): void;
    function setWidth(width: number): void;
    const origin: string;
  }
}
