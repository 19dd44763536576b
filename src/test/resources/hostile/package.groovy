// hostile: package declaration
package evil
slaPolicy "p" { }
