def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'src/main/schema/shop.schema').canonicalPath
assert log.contains("[ERROR] ${schema}:3:9: error[SC208]: unknown type `Strng`. Did you mean `string`?") : 'the diagnostic on its line'
assert log.contains('help: ')
assert log.contains('schemac: the model has 1 error (see above)')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-resources/schemac').exists() : 'nothing is written'
return true
