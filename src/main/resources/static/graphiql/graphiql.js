// GraphiQL on this service's /graphql; an admin token typed in the headers tab ({"Authorization": "Bearer …"})
// is sent with each request.
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultQuery: '# dutygraph: who does what in a responsibility document\n{\n  documents { id title layout taskCount }\n}\n',
  }));
