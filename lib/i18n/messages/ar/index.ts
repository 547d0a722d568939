// One JSON file per namespace (one per screen or domain), so changes to one screen's strings
// never collide with another's. Add a namespace: a file here, one line below, the same in the
// other language.

import app from './app.json';
import articles from './articles.json';
import auth from './auth.json';
import claim from './claim.json';
import claimSets from './claimSets.json';
import claimsTable from './claimsTable.json';
import editorNav from './editorNav.json';
import errors from './errors.json';
import exportMessages from './export.json';
import factChecks from './factChecks.json';
import home from './home.json';
import importMessages from './import.json';
import nav from './nav.json';
import questions from './questions.json';
import queue from './queue.json';
import reader from './reader.json';
import users from './users.json';

const messages = {
  app,
  articles,
  auth,
  claim,
  claimSets,
  claimsTable,
  editorNav,
  errors,
  export: exportMessages,
  factChecks,
  home,
  import: importMessages,
  nav,
  questions,
  queue,
  reader,
  users,
};
export default messages;
