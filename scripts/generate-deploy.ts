/**
 * Writes the nginx recipe (deploy/nginx/default.conf) from the publishing policy
 * (build/publish-policy.ts). A test fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { nginxConf } from '../build/host-config.ts';

export const NGINX_CONF = 'deploy/nginx/default.conf';

writeFileSync(NGINX_CONF, nginxConf());
console.log(`wrote ${NGINX_CONF}`);
