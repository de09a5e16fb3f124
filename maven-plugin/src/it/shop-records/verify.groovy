// Runs after both builds of this project.
def log = new File(basedir, 'build.log').text
def sources = new File(basedir, 'target/generated-sources/schemac')
def resources = new File(basedir, 'target/generated-resources/schemac')

assert new File(sources, 'com/example/shop/db/Order.java').isFile() : 'the record was generated as a source'
assert new File(basedir, 'target/classes/com/example/shop/db/Order.class').isFile() : 'and compiled in the same build'
assert new File(basedir, 'target/classes/app/Orders.class').isFile() : 'user code using it compiled'
assert new File(resources, 'sql/postgres/schema.sql').isFile()
assert new File(resources, 'Database_Design.md').isFile()
assert !new File(resources, 'sql/sqlite').exists() : 'the plugin configuration wins over schemac.toml'
assert !new File(sources, 'not').exists()
assert new File(resources, '.schemac-manifest').isFile()

// One line per build of ours: the first wrote, the second did no work.
def ours = log.readLines().findAll { it.contains('schemac: wrote') || it.contains('schemac: outputs are up to date') }
assert ours.size() == 2 : "two builds, one schemac line each: ${ours}"
assert ours[0].contains('schemac: wrote ')
assert ours[1].contains('schemac: outputs are up to date') : ours[1]
def checks = log.readLines().findAll { it.contains('model file checked') || it.contains('unchanged since the last check') }
assert checks.size() == 2 && checks[0].contains('checked,') && checks[1].contains('unchanged since the last check') : checks
// check and generate compile the same model: each warning is logged once per build, not once per goal
assert log.readLines().findAll { it.contains('warning[SC804]') }.size() == 1 : 'SC804 said once (and not again by the second build)'
return true
