// The GraphiQL page of customer-refunds (app/graphiql.py serves the HTML around it).
//
// - Every request goes to this origin's /graphql, with the headers typed in the Headers tab.
// - The schema is loaded by this script, not by GraphiQL: as soon as the headers hold a
//   bearer token, and again whenever they change (another token, another X-Entity), so the
//   docs and autocompletion work without pressing "Re-fetch schema".
// - Headers stay in memory unless the user ticks GraphiQL's "Persist headers" setting
//   (shouldPersistHeaders is false by default).
(function () {
  "use strict";
  var React = window.React;
  var GraphiQL = window.GraphiQL;
  var GraphQL = GraphiQL.GraphQL;
  var root = document.getElementById("graphiql");
  var endpoint = root.getAttribute("data-endpoint") || "/graphql";

  var DEFAULT_HEADERS = '{\n  "Authorization": "Bearer "\n}';
  var DEFAULT_QUERY =
    "# Paste your token after \"Bearer \" in the Headers tab below; the schema then loads.\n" +
    "# Add \"X-Entity\": \"US01\" to work inside an entity.\n" +
    "{\n  viewer {\n    user { username }\n    permissions\n    entities { code }\n  }\n}\n";

  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var explorer = window.GraphiQLPluginExplorer.explorerPlugin();
  var state = { schema: null, headers: null, loading: 0 };

  function parseHeaders(text) {
    try {
      var value = JSON.parse(text || "{}");
      return value && typeof value === "object" && !Array.isArray(value) ? value : null;
    } catch (error) {
      return null;
    }
  }

  function hasToken(headers) {
    for (var name in headers) {
      if (name.toLowerCase() === "authorization") {
        return /^\s*bearer\s+\S+\s*$/i.test(String(headers[name]));
      }
    }
    return false;
  }

  function loadSchema(headersText) {
    var headers = parseHeaders(headersText);
    // Without a token the server would refuse (and count a refused credential): wait.
    if (headers === null || !hasToken(headers)) return;
    var key = JSON.stringify(headers);
    if (key === state.headers) return;
    state.headers = key;
    var ticket = ++state.loading;
    var all = Object.assign({ "Content-Type": "application/json", Accept: "application/json" }, headers);
    fetch(endpoint, {
      method: "POST",
      headers: all,
      body: JSON.stringify({ query: GraphQL.getIntrospectionQuery(), operationName: "IntrospectionQuery" }),
    })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        if (ticket !== state.loading) return; // headers changed meanwhile
        if (result && result.data && result.data.__schema) {
          state.schema = GraphQL.buildClientSchema(result.data);
        } else {
          state.schema = null;
          state.headers = null; // try again on the next edit
        }
        render();
      })
      .catch(function () {
        if (ticket === state.loading) state.headers = null;
      });
  }

  var timer = null;
  function onEditHeaders(text) {
    clearTimeout(timer);
    timer = setTimeout(function () { loadSchema(text); }, 300);
  }

  var reactRoot = window.ReactDOM.createRoot(root);
  function render() {
    reactRoot.render(
      React.createElement(GraphiQL, {
        fetcher: fetcher,
        schema: state.schema,
        plugins: [explorer],
        defaultQuery: DEFAULT_QUERY,
        defaultHeaders: DEFAULT_HEADERS,
        defaultEditorToolsVisibility: "headers",
        shouldPersistHeaders: false,
        onEditHeaders: onEditHeaders,
      })
    );
  }
  render();
  // Headers kept from an earlier visit (only when the user opted in to persisting them).
  try {
    loadSchema(window.localStorage.getItem("graphiql:headers"));
  } catch (error) {
    // storage unavailable: nothing was kept
  }
})();
