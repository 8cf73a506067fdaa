/**
 * The optional workflow `lessons init --site-workflow pages|artifact` writes: on every merge to
 * main (and on demand) it builds the staff learning library and publishes it, either to GitHub
 * Pages or as a downloadable artefact that a trust copies to its intranet or shared drive.
 */
import { installStep } from './scaffold.js';

export const SITE_PUBLISHING = ['pages', 'artifact'] as const;
export type SitePublishing = (typeof SITE_PUBLISHING)[number];
export const SITE_WORKFLOW_FILE = '.github/workflows/lessons-site.yml';

export function siteWorkflow(how: SitePublishing, packageSpec: string): string {
  const head = `# Builds the learning library (lessons site) on every merge to main and publishes it.
name: learning library

on:
  push:
    branches: [main]
  workflow_dispatch:
`;
  const env = `
env:
  # Where CI installs lessons from (as in lessons.yml).
  LESSONS_PACKAGE: ${JSON.stringify(packageSpec)}
`;
  const build = `    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
${installStep('lessons-site.yml')}      - name: Build the staff site
        run: lessons site --audience staff --out _site
`;
  if (how === 'pages') {
    return `${head}
# GitHub Pages: turn it on in Settings → Pages → Source: GitHub Actions.
# A Pages site is PUBLIC unless your organisation's plan lets you restrict it to members
# (private Pages). The staff edition is for staff: if you cannot restrict access, use
# "lessons init --site-workflow artifact" and publish on your intranet instead, or build the
# public edition here (--audience public).
permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false
${env}
jobs:
  build:
${build}      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
  }
  return `${head}
# The site is kept as an artefact of each run ("learning-library", for 30 days): download it
# from the run's page and copy the folder to the intranet or shared drive, or add a step that
# copies it there from a runner inside the trust's network.
permissions:
  contents: read
${env}
jobs:
  build:
${build}      - uses: actions/upload-artifact@v4
        with:
          name: learning-library
          path: _site
          retention-days: 30
`;
}
