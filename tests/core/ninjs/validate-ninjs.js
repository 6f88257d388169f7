// Validates ninjs JSON files against the IPTC ninjs 2.2 schema with ajv (JSON Schema 2020-12).
// Usage: node validate-ninjs.js SCHEMA_DIR FILE...   (NODE_PATH must point at node_modules)
// Exit code 0: all valid; 1: at least one invalid (errors printed); 2: setup error.
'use strict';
const fs = require('fs');
const path = require('path');

let Ajv2020, addFormats;
try {
    Ajv2020 = require('ajv/dist/2020');
    addFormats = require('ajv-formats');
} catch (e) {
    console.error('cannot load ajv/ajv-formats (NODE_PATH=' + process.env.NODE_PATH + '): ' + e.message);
    process.exit(2);
}

const [schemaDir, ...files] = process.argv.slice(2);
if (!schemaDir || files.length === 0) {
    console.error('usage: node validate-ninjs.js SCHEMA_DIR FILE...');
    process.exit(2);
}
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// The schema refers to https://geojson.org/schema/GeoJSON.json; the placeholder has that $id.
ajv.addSchema(readJson(path.join(schemaDir, 'GeoJSON-placeholder.json')));
const validate = ajv.compile(readJson(path.join(schemaDir, 'ninjs-schema_2.2.json')));

let invalid = 0;
for (const file of files) {
    if (validate(readJson(file))) {
        console.log('valid: ' + file);
    } else {
        invalid++;
        console.log('INVALID: ' + file + '\n' + JSON.stringify(validate.errors, null, 2));
    }
}
process.exit(invalid ? 1 : 0);
